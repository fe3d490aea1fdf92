/** The Cloudinary stand-in: Upload API, Admin API ping/resource and image delivery on one port. */
export type { SignatureAlgorithm } from './auth';
export { startCloudinaryStandin, type CloudinaryStandin, type CloudinaryStandinOptions } from './server';
