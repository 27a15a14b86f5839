// Run before each integration test file (vitest setupFiles).
import { afterAll } from 'vitest';
import { removeScratchDirs } from './scratch.js';

afterAll(removeScratchDirs);
