import HistoryIcon from '@mui/icons-material/History';
import { AuditList, AuditShow } from './AuditList.js';

export default { list: AuditList, show: AuditShow, icon: HistoryIcon };
