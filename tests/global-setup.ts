// Runs once in the main process, before any test file. The page's boot scripts are compiled with esbuild,
// whose JS API does not run inside a jsdom environment: tests that run a boot script in jsdom take it from
// here (inject('starter')).
import type { TestProject } from 'vitest/node';
import { STARTER } from '../scripts/lib/snapshot-html';

export default function setup(project: TestProject) {
  project.provide('starter', STARTER);
}

declare module 'vitest' {
  export interface ProvidedContext {
    starter: string;
  }
}
