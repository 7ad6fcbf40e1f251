/** opportunities operations (see ../../../shared/catalog/operations.json). */
import type { CategoryOperations } from './types';

const opportunities: CategoryOperations = {
  triggers: [],
  creates: [],
  searches: [],
};

export default opportunities;
