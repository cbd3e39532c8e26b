// The mail worker: builds e-mails (mime-message.ts) on a thread of its own.
import { serveTasks } from '../../../common/workers/serve-tasks';
import { MailToBuild, mimeMessage } from './mime-message';

serveTasks<MailToBuild, Uint8Array>(mimeMessage);
