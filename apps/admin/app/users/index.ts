import PeopleIcon from '@mui/icons-material/People';
import { UserCreate, UserEdit, UserList } from './Users.js';

export default { list: UserList, edit: UserEdit, create: UserCreate, icon: PeopleIcon };
