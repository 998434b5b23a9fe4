process.env.PLAYWRIGHT_DISABLE_SERVICE_WORKER_NETWORK = '1';
const { workerBench } = await import('./bench/worker');
await workerBench();
