/** The two filter chains (pages with sessions and CSRF; the API with bearer tokens), login throttling, the gate of two-step sign-in and the security headers. */
@NamedInterface("security")
package dev.reload.system.security;

import org.springframework.modulith.NamedInterface;
