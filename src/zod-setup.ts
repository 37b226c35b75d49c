// zod probes whether it may compile validators with `new Function`; under the app's Content-Security-Policy
// (no 'unsafe-eval') that probe is reported as a violation. Jitless validation is plenty fast for our data.
import { z } from 'zod';

z.config({ jitless: true });
