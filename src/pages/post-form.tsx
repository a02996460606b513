import type { Child } from 'hono/jsx';
import { useContext } from 'hono/jsx';
import { FrameContext, href } from './frame.tsx';

/**
 * Every form that posts is rendered here and nowhere else, so a field every post must carry (a
 * CSRF token, say) is added in this one place; the page's frame (FrameContext, set by Layout)
 * is at hand for it: the session's CSRF token as the hidden field `csrf` (pageAuth and /logout
 * check it). The address keeps the page's language.
 */
export function PostForm(props: { path: string; params?: Record<string, string>; fragment?: string; id?: string; class?: string; novalidate?: boolean; children?: Child }) {
  const frame = useContext(FrameContext);
  const action = href(props.path, frame?.lang ?? 'nb', props.params) + (props.fragment ? `#${props.fragment}` : '');
  return (
    <form method="post" action={action} id={props.id} class={props.class} novalidate={props.novalidate}>
      {frame?.csrf ? <input type="hidden" name="csrf" value={frame.csrf} /> : null}
      {props.children}
    </form>
  );
}
