/** Conversations & Messages: 8 triggers, 2 creates, and the conversation dropdown. */
import dropdownConversations from '../../triggers/dropdown_conversations';
import searchConversations from '../../triggers/search_conversations';
import getConversation from '../../triggers/get_conversation';
import getEmailById from '../../triggers/get_email_by_id';
import getMessageById from '../../triggers/get_message_by_id';
import getMessagesByConversation from '../../triggers/get_messages_by_conversation';
import getMessageRecording from '../../triggers/get_message_recording';
import getMessageTranscription from '../../triggers/get_message_transcription';
import downloadTranscription from '../../triggers/download_transcription';
import updateMessageStatus from '../../creates/update_message_status';
import agentTypingIndicator from '../../creates/agent_typing_indicator';
import type { CategoryOperations } from './types';

const conversations: CategoryOperations = {
  triggers: [
    dropdownConversations,
    searchConversations,
    getConversation,
    getEmailById,
    getMessageById,
    getMessagesByConversation,
    getMessageRecording,
    getMessageTranscription,
    downloadTranscription,
  ],
  creates: [updateMessageStatus, agentTypingIndicator],
  searches: [],
};

export default conversations;
