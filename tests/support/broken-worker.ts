/** A worker module that cannot load (tests/worker-pool.test.ts): what a missing or broken build looks like. */
throw new Error('this module does not load');
