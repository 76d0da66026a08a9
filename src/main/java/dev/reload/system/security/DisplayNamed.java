package dev.reload.system.security;

/** A signed-in principal that has a name to greet. */
public interface DisplayNamed {

    String displayName();
}
