export { MESSAGES, formatMessage, bilingual, templateParams, type MessageCode, type MessageParams, type Language } from './catalogue';
export { issueMessage } from './zod-issue';
