// Static hosts serve /404.html for any address they do not have; write it as a file of that name.
export const trailingSlash = 'never';
