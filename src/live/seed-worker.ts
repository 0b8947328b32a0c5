/** The worker thread of the parallel build (archive.ts): `prepareSeedFile` for each file it is sent. */
import { serveTasks } from '../worker-pool.js';
import { packSeed, prepareSeedFile, type SeedTask } from './seed-work.js';

serveTasks(({ seedsDir, file }: SeedTask) => packSeed(prepareSeedFile(seedsDir, file)));
