/** businesses operations (see ../../../shared/catalog/operations.json). */
import type { CategoryOperations } from './types';

const businesses: CategoryOperations = {
  triggers: [],
  creates: [],
  searches: [],
};

export default businesses;
