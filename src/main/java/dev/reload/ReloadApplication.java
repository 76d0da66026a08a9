package dev.reload;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ReloadApplication {

    public static void main(String[] args) {
        SpringApplication.run(ReloadApplication.class, args);
    }
}
