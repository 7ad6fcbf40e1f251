import { recordPicker } from '../domains/associations';

/** Records of the first object of the step's association (or of every association of the sub-account), by object. */
export default recordPicker('dropdown_first_records', 'First Record', 'first');
