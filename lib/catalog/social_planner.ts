/** social_planner operations (see ../../../shared/catalog/operations.json). */
import type { CategoryOperations } from './types';

const social_planner: CategoryOperations = {
  triggers: [],
  creates: [],
  searches: [],
};

export default social_planner;
