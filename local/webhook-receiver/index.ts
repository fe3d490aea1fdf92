export { type HookConfig, type ReceivedDelivery, type ReceiverStandin, startReceiverStandin } from './server';
