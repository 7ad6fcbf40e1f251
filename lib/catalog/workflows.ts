/** workflows operations (see ../../../shared/catalog/operations.json). */
import type { CategoryOperations } from './types';

const workflows: CategoryOperations = {
  triggers: [],
  creates: [],
  searches: [],
};

export default workflows;
