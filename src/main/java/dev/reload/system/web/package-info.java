/** Errors as problem+json and friendly pages, form-error texts, the layout model and the home page: used by every feature. */
@NamedInterface("web")
package dev.reload.system.web;

import org.springframework.modulith.NamedInterface;
