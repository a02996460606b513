#!/usr/bin/env node
// The `hjemmel` command: TypeScript runs through tsx, no build step.
import { register } from 'tsx/esm/api';

register();
const { runProcess } = await import('../src/cli/main.ts');
await runProcess();
