/** The Supabase stand-in: PostgREST subset and Realtime broadcast on one loopback port. */
export { startSupabaseStandin, type SupabaseStandin, type SupabaseStandinOptions } from './server';
