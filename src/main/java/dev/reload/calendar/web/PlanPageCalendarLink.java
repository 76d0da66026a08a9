package dev.reload.calendar.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import dev.reload.account.AccountPrincipal;
import dev.reload.calendar.CalendarFeedService;

/**
 * Gives the plan page the person's calendar feed addresses ({@code calendarLink}, absent while
 * they have none), so that its calendar section can show them. The plan feature does not know this
 * one (it is below it), so the section is filled in on the way out of the plan page's handlers,
 * which answer at {@code /plan} and {@code /plan/onset}.
 */
@Configuration(proxyBeanMethods = false)
class PlanPageCalendarLink implements WebMvcConfigurer {

    static final String ATTRIBUTE = "calendarLink";

    private final CalendarFeedService feeds;

    PlanPageCalendarLink(CalendarFeedService feeds) {
        this.feeds = feeds;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
                    @Override
                    public void postHandle(
                            HttpServletRequest request,
                            HttpServletResponse response,
                            Object handler,
                            ModelAndView page) {
                        addLink(request, page);
                    }
                })
                .addPathPatterns("/plan", "/plan/onset");
    }

    void addLink(HttpServletRequest request, ModelAndView page) {
        if (page == null || page.getViewName() == null || page.getViewName().startsWith("redirect:")) {
            return;
        }
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.getPrincipal() instanceof AccountPrincipal me) {
            feeds.link(me.accountId()).ifPresent(link -> page.addObject(ATTRIBUTE, FeedUrls.of(request, link.token())));
        }
    }
}
