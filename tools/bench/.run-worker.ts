import { packageBench } from './budgets';
import { workerBench } from './worker';
packageBench();
await workerBench();
