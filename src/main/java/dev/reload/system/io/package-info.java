/** Bytes kept in pieces (rows of a table) and read back as one stream: uploads and their export. */
@NamedInterface("io")
package dev.reload.system.io;

import org.springframework.modulith.NamedInterface;
