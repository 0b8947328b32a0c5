/** The worker thread of the parallel build (archive.ts): `prepareSeedFile` for each file it is sent. */
import { loadLanguageDetector } from '../corpus/language.js';
import { serveTasks } from '../worker-pool.js';
import { packSeed, prepareSeedFile, type SeedTask } from './seed-work.js';

// Before the first file: no file's time limit pays for reading the detector's table.
loadLanguageDetector();
serveTasks(({ seedsDir, file }: SeedTask) => packSeed(prepareSeedFile(seedsDir, file)));
