package dev.reload.system.web;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Static files (decision 0018). Pages link them through Thymeleaf's {@code @{…}}, which writes the
 * file's content hash into its name ({@code /css/app.css} becomes {@code /css/app-<md5>.css}), so
 * a browser may keep them a year without asking again: a changed file has another name. WebJars
 * carry their version in the path and are kept as long. The service worker, the web app manifest
 * and the offline page keep their names, so they are asked for again each time (the browser checks
 * whether they changed); a file linked by its plain name elsewhere (the manifest's icons, the
 * offline page's style sheet) is served under that name too, also cached long, so such a file keeps
 * its content or changes its name. Spring Boot's own static mappings are off
 * ({@code spring.web.resources.add-mappings=false}): these are the only ones.
 */
@Configuration
class StaticResources implements WebMvcConfigurer {

    /** For files whose address changes with their content. */
    static final CacheControl FINGERPRINTED =
            CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    /** Entry points that must keep their names: checked with the server on every use. */
    static final String[] UNVERSIONED = {"/sw.js", "/manifest.json", "/offline.html"};

    /** The folders of {@code static/} whose files pages link with a content hash in the name. */
    static final String[] FINGERPRINTED_FOLDERS = {"css", "js", "img", "icons"};

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler(UNVERSIONED)
                .addResourceLocations("classpath:/static/")
                .setCacheControl(CacheControl.noCache())
                .resourceChain(true);
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(FINGERPRINTED)
                .resourceChain(true); // with webjars-locator-lite: /webjars/htmx.org/<version>/…
        // One handler per folder of static files, none for /**: with /**, every link of every page
        // (/today, /log, …) was looked for in the class path as a file of that name while the page
        // was rendered, found nowhere and so never cached: half of the server's time in the load test.
        for (String folder : FINGERPRINTED_FOLDERS) {
            registry.addResourceHandler("/" + folder + "/**")
                    .addResourceLocations("classpath:/static/" + folder + "/")
                    .setCacheControl(FINGERPRINTED)
                    .resourceChain(true)
                    .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        }
    }
}
