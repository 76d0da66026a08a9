package dev.reload.library;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@code reload.library.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LibraryProperties.class)
public class LibraryConfiguration {}
