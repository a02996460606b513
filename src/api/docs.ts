/**
 * The interactive API page (/docs): swagger-ui, served from this deployment, never from a CDN, so
 * it works on networks without Internet access. Its two files come from the pinned npm package
 * swagger-ui-dist; each face says how to read them (AppDeps.docsAsset): Node from node_modules,
 * the Worker from its static assets.
 */

/** The swagger-ui files /docs loads, by the name served under /docs/. */
export const DOCS_ASSETS = { 'swagger-ui.css': 'text/css; charset=utf-8', 'swagger-ui-bundle.js': 'text/javascript; charset=utf-8' } as const;
export type DocsAsset = keyof typeof DOCS_ASSETS;

export const isDocsAsset = (name: string): name is DocsAsset => Object.hasOwn(DOCS_ASSETS, name);

/** The page: swagger-ui over /openapi.json. No inline script: the start-up code is its own file. */
export const docsPage = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Hjemmel API</title>
<link rel="stylesheet" href="/docs/swagger-ui.css">
</head>
<body>
<div id="swagger-ui"></div>
<script src="/docs/swagger-ui-bundle.js"></script>
<script src="/docs/start.js"></script>
</body>
</html>
`;

export const docsStart = `window.ui = SwaggerUIBundle({ url: '/openapi.json', dom_id: '#swagger-ui', deepLinking: true });\n`;
