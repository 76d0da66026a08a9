package dev.reload.clinic.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import dev.reload.clinic.PatientGate;

/** Puts the {@link PatientGateInterceptor} before every handler of one patient's data. */
@Configuration(proxyBeanMethods = false)
class ClinicWebConfiguration implements WebMvcConfigurer {

    private final PatientGate gate;

    ClinicWebConfiguration(PatientGate gate) {
        this.gate = gate;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new PatientGateInterceptor(gate))
                .addPathPatterns(PatientGateInterceptor.PATHS.toArray(String[]::new));
    }
}
