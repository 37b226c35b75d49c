// Where the store gets progress from: the shared method in src/domain.
export { computeProgress } from '../domain/progress';
