/** conversations operations (see ../../../shared/catalog/operations.json). */
import type { CategoryOperations } from './types';

const conversations: CategoryOperations = {
  triggers: [],
  creates: [],
  searches: [],
};

export default conversations;
