/**
 * Property tests draw new inputs on every local run, to keep finding cases. In CI (CI=true) they replay
 * one fixed seed, so that a change passes or fails on its own merits, not on the draw; FC_SEED replays
 * the seed fast-check printed for a failure, anywhere.
 */
import fc from 'fast-check';

const seed = process.env.FC_SEED ?? (process.env.CI ? '20261125' : undefined);
if (seed !== undefined) fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: Number(seed) });
