export type {
  MessageField,
  MessageInput,
  MessageKind,
  MessageParagraph,
  MessagePart,
} from './sincerity/message-input.js';
