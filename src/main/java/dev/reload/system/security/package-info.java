/** The two filter chains (pages with sessions and CSRF; the API with bearer tokens), login throttling and the security headers. */
@NamedInterface("security")
package dev.reload.system.security;

import org.springframework.modulith.NamedInterface;
