export * from './apps';
export * from './audit';
export * from './auth';
export * from './contacts';
export * from './files';
export * from './members';
export * from './messages';
export * from './system';
