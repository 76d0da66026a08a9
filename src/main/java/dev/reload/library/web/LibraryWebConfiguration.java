package dev.reload.library.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The library's web parts that are not controllers: the site's public address. */
@Configuration(proxyBeanMethods = false)
@Import(PublicAddress.class)
public class LibraryWebConfiguration {}
