// zod probes whether it may compile validators with `new Function`; under the app's Content-Security-Policy
// (no 'unsafe-eval') that probe is reported as a violation. Jitless validation is plenty fast for our data.
import { config } from 'zod/mini';

config({ jitless: true });
