import InboxIcon from '@mui/icons-material/Inbox';
import { TaskList, TaskShow } from './TaskList.js';

export default { list: TaskList, show: TaskShow, icon: InboxIcon };
