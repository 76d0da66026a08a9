/**
 * The adviser: the decision rules of rules.md as pure Java. Records in, advice out; no Spring,
 * no Jakarta, no JDBC and no clock (ArchitectureTests keeps it so).
 */
package dev.reload.advice.engine;
