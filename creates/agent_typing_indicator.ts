import { acknowledgement } from '../lib/results';
import { defineOperation } from '../lib/operation';
import { toBool } from '../lib/transforms';
import { CONVERSATION_ID_FIELD } from '../domains/conversations';

export default defineOperation({
  key: 'agent_typing_indicator',
  kind: 'create',
  noun: 'Typing Indicator',
  label: 'Agent Typing Indicator',
  description: 'Shows (or hides) the "agent is typing" indicator to a visitor in a live chat conversation.',
  endpoint: { method: 'POST', path: '/conversations/providers/live-chat/typing' },
  ack: true,
  scopes: ['conversations/livechat.write'],
  location: 'body',
  inputFields: [
    {
      ...CONVERSATION_ID_FIELD,
      helpText: 'A live chat (web chat) conversation. Choose one, or map its Conversation ID.',
      to: 'body',
    },
    {
      key: 'visitorId',
      label: 'Visitor ID',
      required: true,
      helpText: 'The live chat visitor\'s ID (from the live chat message or contact).',
      to: 'body',
    },
    {
      key: 'isTyping',
      label: 'Typing',
      type: 'boolean',
      default: 'true',
      helpText: 'Yes shows the indicator; No hides it.',
      // The spec types isTyping as a string ("true"/"false").
      to: 'body',
      as: 'boolText',
    },
  ],
  result: (data, input) => ({ conversationId: input.conversationId, isTyping: toBool(input.isTyping, 'isTyping', 'Typing') ?? true, ...acknowledgement(data) }),
  sample: { conversationId: 've9EPM428h8vShlRW1KT', isTyping: true, success: true },
  outputFields: [
    { key: 'conversationId', label: 'Conversation ID' },
    { key: 'isTyping', label: 'Typing', type: 'boolean' },
    { key: 'success', label: 'Success', type: 'boolean' },
  ],
});
