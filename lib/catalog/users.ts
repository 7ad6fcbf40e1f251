/** Users: 4 triggers, 3 creates. */
import searchUsers from '../../triggers/search_users';
import filterUsersByEmail from '../../triggers/filter_users_by_email';
import getUser from '../../triggers/get_user';
import listUsersByLocation from '../../triggers/list_users_by_location';
import createUser from '../../creates/create_user';
import updateUser from '../../creates/update_user';
import deleteUser from '../../creates/delete_user';
import type { CategoryOperations } from './types';

const users: CategoryOperations = {
  triggers: [searchUsers, filterUsersByEmail, getUser, listUsersByLocation],
  creates: [createUser, updateUser, deleteUser],
  searches: [],
};

export default users;
