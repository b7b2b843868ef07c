export * from './audit';
export * from './auth';
export * from './files';
export * from './members';
export * from './messages';
export * from './system';
