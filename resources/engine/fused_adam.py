#!/usr/bin/python3
"""Writes fused_adam.pt: a TorchScript module that takes a whole Adam step of a model in one call
of the engine: the gradients of the loss (torch.autograd.grad) and PyTorch's fused Adam kernel
(aten::_fused_adam_, which DJL's Java API does not offer) over every parameter at once.

latentlab.model.engine.FusedOps loads it, and train/Adam takes each step through it.

The .pt file holds the source below as TorchScript text (see it with
`unzip -p fused_adam.pt fused_adam/code/__torch__.py`); the engine compiles that text when it
loads the module. PyTorch 2.4 added the kernel's CPU version, so LatentLab's PyTorch 2.5.1 runs it
on the CPU and on CUDA. Regenerate with any python3-torch from 1.13 on (Debian's works), from this
folder:  /usr/bin/python3 fused_adam.py
"""
from typing import List

import torch


class FusedAdam(torch.nn.Module):
    @torch.jit.export
    def adam_step(self, loss: torch.Tensor, params: List[torch.Tensor], exp_avgs: List[torch.Tensor],
                exp_avg_sqs: List[torch.Tensor], steps: List[float], lr: float, beta1: float, beta2: float,
                eps: float) -> int:
        """One step of torch.optim.Adam (no weight decay) down the gradient of the scalar loss.
        The gradients are computed, used and dropped here: nothing accumulates on the parameters.
        steps: each parameter's step number, counted from 1 and including this step."""
        grads: List[torch.Tensor] = []
        for g in torch.autograd.grad([loss], params):
            assert g is not None, "a parameter takes no part in the loss"
            grads.append(g)
        step_tensors: List[torch.Tensor] = []
        for i, p in enumerate(params):
            step_tensors.append(torch.full([1], steps[i], dtype=torch.float32, device=p.device))
        torch._fused_adam_(params, grads, exp_avgs, exp_avg_sqs, [], step_tensors, lr=lr, beta1=beta1, beta2=beta2,
                           weight_decay=0.0, eps=eps, amsgrad=False, maximize=False)
        return len(params)


if __name__ == "__main__":
    torch.jit.script(FusedAdam()).save("fused_adam.pt")
