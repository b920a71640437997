// Tests run the pipeline with the engine settings the command line uses (src/engine.ts), set before a test file loads it.
import { tuneEngine } from '../src/engine.js';

tuneEngine();
