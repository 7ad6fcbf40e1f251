import { recordPicker } from '../domains/associations';

/** Records of the second object of the step's association (or of every association of the sub-account), by object. */
export default recordPicker('dropdown_second_records', 'Second Record', 'second');
