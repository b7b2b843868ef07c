/// <reference types="astro/client" />

declare module 'virtual:school-site' {
  const site: import('../site-config.ts').SiteModule;
  export default site;
}
