export * from './patterns';
export * from './article';
