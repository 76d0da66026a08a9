package dev.reload.account.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.reload.account.AccountId;
import dev.reload.account.AccountPrincipal;
import dev.reload.account.AccountRoles;
import dev.reload.account.AccountRoles.AccountSummary;
import dev.reload.account.Role;
import dev.reload.system.web.InvalidFieldException;

/** The administrator's page: find an account by email, change its role. */
@Controller
class AdminAccountsController {

    static final String VIEW = "account/admin-accounts";
    private static final int MAX_SEARCH = 254;

    private final AccountRoles roles;

    AdminAccountsController(AccountRoles roles) {
        this.roles = roles;
    }

    @GetMapping("/admin/accounts")
    String accounts(
            @AuthenticationPrincipal AccountPrincipal me, @RequestParam(defaultValue = "") String email, Model model) {
        String search = email.length() > MAX_SEARCH ? email.substring(0, MAX_SEARCH) : email.strip();
        model.addAttribute("search", search);
        model.addAttribute("found", roles.find(search));
        model.addAttribute("roles", Role.values());
        model.addAttribute("me", me.accountId().value());
        return VIEW;
    }

    @PostMapping("/admin/accounts/{id}/role")
    String change(
            @AuthenticationPrincipal AccountPrincipal me,
            @PathVariable long id,
            @RequestParam Role role,
            @RequestParam(defaultValue = "") String email,
            RedirectAttributes redirect) {
        redirect.addAttribute("email", email);
        try {
            AccountSummary changed = roles.change(me.accountId(), new AccountId(id), role);
            redirect.addFlashAttribute("changedEmail", changed.email());
            redirect.addFlashAttribute("changedRole", changed.role());
        } catch (InvalidFieldException e) {
            redirect.addFlashAttribute("ownRole", true);
        }
        return "redirect:/admin/accounts";
    }
}
