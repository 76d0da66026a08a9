/** Bytes kept in pieces (rows of a table) and read back as one stream: uploads and their export; whether a write found the disk full. */
@NamedInterface("io")
package dev.reload.system.io;

import org.springframework.modulith.NamedInterface;
